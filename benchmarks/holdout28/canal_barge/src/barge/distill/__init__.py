from .pool import TeacherPool
from .loop import distill
