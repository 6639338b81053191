from .loop import Trainer
from .hooks import RelevanceTrainer

__all__ = ["Trainer", "RelevanceTrainer"]
