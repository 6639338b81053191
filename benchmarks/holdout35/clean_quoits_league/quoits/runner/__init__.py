from .core import Runner
from .callbacks import Callback, LossLogger

__all__ = ["Runner", "Callback", "LossLogger"]
