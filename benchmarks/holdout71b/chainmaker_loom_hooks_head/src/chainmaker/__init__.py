from .engine import HookedTrainer
from .models import build_model

__all__ = ["HookedTrainer", "build_model"]
