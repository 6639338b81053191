from .backbone import ShootEncoder
from .heads import StudentHead, TeacherHead, build_pair
