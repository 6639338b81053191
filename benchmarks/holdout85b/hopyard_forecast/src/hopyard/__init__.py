from .models import build_model, MODELS
from .engine import Trainer, YieldTrainer

__all__ = ["build_model", "MODELS", "Trainer", "YieldTrainer"]
