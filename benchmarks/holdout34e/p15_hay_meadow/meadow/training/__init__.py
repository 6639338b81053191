from .base import TrainerBase
from .hay import HayTrainer

__all__ = ["TrainerBase", "HayTrainer"]
