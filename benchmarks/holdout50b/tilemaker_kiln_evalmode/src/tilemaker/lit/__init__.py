from .module import KilnModule, LitModule
from .trainer import MiniTrainer

__all__ = ["KilnModule", "LitModule", "MiniTrainer"]
