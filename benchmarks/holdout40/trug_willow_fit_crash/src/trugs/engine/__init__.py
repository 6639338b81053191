from .loop import Trainer
from .modes import evaluating

__all__ = ["Trainer", "evaluating"]
