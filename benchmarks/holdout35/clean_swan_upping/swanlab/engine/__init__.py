from .base import Trainer, TrainerConfig

__all__ = ["Trainer", "TrainerConfig"]
