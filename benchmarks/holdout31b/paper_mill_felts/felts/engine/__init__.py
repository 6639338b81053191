from .loop import DistillLoop
from .evaluation import check_teacher

__all__ = ["DistillLoop", "check_teacher"]
