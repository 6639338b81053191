from .callbacks import Callback
from .trainer import Trainer

__all__ = ["Trainer", "Callback"]
