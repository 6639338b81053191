from .engine import BaseTrainer
from .models import build_model

__all__ = ["BaseTrainer", "build_model"]
