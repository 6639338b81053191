from .base import BaseTrainer
from .hooks import GrainTrainer

__all__ = ["BaseTrainer", "GrainTrainer"]
