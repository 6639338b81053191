from .engine import Trainer, EarlyStopTrainer
from .models import build_model

__all__ = ["Trainer", "EarlyStopTrainer", "build_model"]
