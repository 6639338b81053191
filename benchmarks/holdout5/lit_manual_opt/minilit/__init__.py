from .core import LitModule
from .trainer import Callback, Trainer

__all__ = ["LitModule", "Trainer", "Callback"]
