from .core import LiteModule, LiteTrainer
from .callbacks import Callback, SaliencyLogger

__all__ = ["LiteModule", "LiteTrainer", "Callback", "SaliencyLogger"]
