from .nets import SheafCounter
from .task import CountingTask, SelfDistillation

__all__ = ["SheafCounter", "CountingTask", "SelfDistillation"]
