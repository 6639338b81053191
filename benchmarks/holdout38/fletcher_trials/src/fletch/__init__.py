from .models import build_model
from .engine import Trainer

__all__ = ["build_model", "Trainer"]
