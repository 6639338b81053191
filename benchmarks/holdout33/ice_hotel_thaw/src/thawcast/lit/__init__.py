from .module import MiniModule
from .loop import MiniTrainer

__all__ = ["MiniModule", "MiniTrainer"]
