from .base import BaseTrainer
from .tide import TideTrainer

__all__ = ["BaseTrainer", "TideTrainer"]
