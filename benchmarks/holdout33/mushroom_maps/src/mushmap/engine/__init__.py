from .trainer import Trainer
from .foraging import ForagingTrainer

__all__ = ["Trainer", "ForagingTrainer"]
