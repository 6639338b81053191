from .engine import Trainer
from .models import build_model

__all__ = ["Trainer", "build_model"]
