from .task import PatternTask
from .engine import Trainer, TrainerConfig

__all__ = ["PatternTask", "Trainer", "TrainerConfig"]
