from .models import ReedLSTM, make_student
from .distill import DistillStep

__all__ = ["ReedLSTM", "make_student", "DistillStep"]
