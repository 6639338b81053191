from .nets import BraidNet
from .trainers import Trainer, SequenceTrainer

__all__ = ["BraidNet", "Trainer", "SequenceTrainer"]
