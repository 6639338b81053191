from .base import Trainer
from .sequence import SequenceTrainer

__all__ = ["Trainer", "SequenceTrainer"]
