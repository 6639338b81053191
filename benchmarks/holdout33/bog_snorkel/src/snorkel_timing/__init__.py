from .model import LapTimeModel
from .training import SnorkelTrainer

__all__ = ["LapTimeModel", "SnorkelTrainer"]
