from .loop import Trainer
from .callbacks import EarlyStopping

__all__ = ["Trainer", "EarlyStopping"]
