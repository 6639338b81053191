from .hooks import GradientSmoothness, LossLogger
from .trainer import SapTrainer

__all__ = ["SapTrainer", "GradientSmoothness", "LossLogger"]
