from .core import KilnModule, KilnTrainer
from .callbacks import KeepBest

__all__ = ["KilnModule", "KilnTrainer", "KeepBest"]
