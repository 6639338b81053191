from .module import FrostModule
from .trainer import MiniTrainer

__all__ = ["FrostModule", "MiniTrainer"]
