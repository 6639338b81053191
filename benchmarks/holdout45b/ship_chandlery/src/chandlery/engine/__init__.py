from .loop import BaseTrainer
from .hooks import SaliencyTrainer

__all__ = ["BaseTrainer", "SaliencyTrainer"]
