from .nets import Student, Teacher
from .distill import distill_step
from .data import make_batch
