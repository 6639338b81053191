from .engine import Trainer
from .models import build_model, MODELS

__all__ = ["Trainer", "build_model", "MODELS"]
