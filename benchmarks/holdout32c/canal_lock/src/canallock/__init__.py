from .models import LevelNet
from .engine import Trainer, TrainerBuilder
from .callbacks import PeriodicValidation
from .data import synthetic_levels

__all__ = ["LevelNet", "Trainer", "TrainerBuilder", "PeriodicValidation", "synthetic_levels"]
