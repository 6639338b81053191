from .module import LiteModule
from .trainer import MiniTrainer

__all__ = ["LiteModule", "MiniTrainer"]
