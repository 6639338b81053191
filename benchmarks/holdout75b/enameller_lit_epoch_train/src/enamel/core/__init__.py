from .module import MiniModule
from .trainer import MiniTrainer

__all__ = ["MiniModule", "MiniTrainer"]
