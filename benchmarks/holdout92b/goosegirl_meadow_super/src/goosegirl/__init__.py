from .engine import MeadowTrainer
from .models import build_model

__all__ = ["MeadowTrainer", "build_model"]
