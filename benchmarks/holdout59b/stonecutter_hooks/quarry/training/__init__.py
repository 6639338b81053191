from .base import BaseTrainer
from .custom import HardMiningTrainer

__all__ = ["BaseTrainer", "HardMiningTrainer"]
