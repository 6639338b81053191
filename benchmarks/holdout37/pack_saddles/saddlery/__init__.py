from .nets import GaitNet
from .trainers import Trainer, SequenceTrainer

__all__ = ["GaitNet", "Trainer", "SequenceTrainer"]
