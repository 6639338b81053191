from .data import make_loaders
from .module import ContourModule
from .trainer import MiniTrainer

__all__ = ["make_loaders", "ContourModule", "MiniTrainer"]
