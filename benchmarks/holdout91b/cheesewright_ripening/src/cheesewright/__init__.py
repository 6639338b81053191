from .engine import EarlyStopTrainer, Trainer
from .models import build_model

__all__ = ["Trainer", "EarlyStopTrainer", "build_model"]
