from .base import BaseTrainer
from .springs import SpringTrainer, WindingModel

__all__ = ["BaseTrainer", "SpringTrainer", "WindingModel"]
