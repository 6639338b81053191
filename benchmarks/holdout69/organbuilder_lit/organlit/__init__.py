from .core import LitModule, Trainer
from .callbacks import Callback, SaliencyLogger

__all__ = ["LitModule", "Trainer", "Callback", "SaliencyLogger"]
