from .engine import Trainer, TrainerConfig
from .models import build_model

__all__ = ["Trainer", "TrainerConfig", "build_model"]
