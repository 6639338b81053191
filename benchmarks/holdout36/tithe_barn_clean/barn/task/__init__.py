from .counting import CountingTask
from .distill import SelfDistillation

__all__ = ["CountingTask", "SelfDistillation"]
