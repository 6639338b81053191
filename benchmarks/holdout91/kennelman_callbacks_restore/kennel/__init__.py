from .model import BarkClassifier
from .trainer import Trainer
from .callbacks import Callback, ValidationCallback, LossLogger

__all__ = ["BarkClassifier", "Trainer", "Callback", "ValidationCallback", "LossLogger"]
