from .core import LitModule
from .trainer import MiniTrainer

__all__ = ["LitModule", "MiniTrainer"]
