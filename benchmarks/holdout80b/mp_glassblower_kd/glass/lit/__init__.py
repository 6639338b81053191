from .module import DistillModule
from .trainer import MiniTrainer

__all__ = ["DistillModule", "MiniTrainer"]
