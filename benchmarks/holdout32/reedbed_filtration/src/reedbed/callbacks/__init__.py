from .validation import PeriodicValidation
from .logging import LossLogger

__all__ = ["PeriodicValidation", "LossLogger"]
