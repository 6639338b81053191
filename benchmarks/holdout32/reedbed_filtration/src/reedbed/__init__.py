from .engine import Trainer
from .models import build_model
from .callbacks import PeriodicValidation, LossLogger

__all__ = ["Trainer", "build_model", "PeriodicValidation", "LossLogger"]
