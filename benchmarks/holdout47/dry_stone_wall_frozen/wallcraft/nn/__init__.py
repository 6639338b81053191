from .encoder import CourseEncoder
from .model import WallModel
