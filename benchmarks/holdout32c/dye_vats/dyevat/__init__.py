from .callbacks import TeacherReport
from .distill import DistillRun, build_state

__all__ = ["DistillRun", "TeacherReport", "build_state"]
