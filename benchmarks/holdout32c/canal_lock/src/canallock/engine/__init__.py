from .builder import TrainerBuilder
from .loop import Trainer

__all__ = ["Trainer", "TrainerBuilder"]
