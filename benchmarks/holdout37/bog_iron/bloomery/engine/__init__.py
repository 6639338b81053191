from .trainer import Trainer
from .callbacks import Callback

__all__ = ["Trainer", "Callback"]
