from .models import build_model, MODELS
from .engine import Engine

__all__ = ["build_model", "MODELS", "Engine"]
