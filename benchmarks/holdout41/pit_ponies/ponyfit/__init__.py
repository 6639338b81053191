from .core.module import PonyModule
from .core.trainer import PonyTrainer

__all__ = ["PonyModule", "PonyTrainer"]
