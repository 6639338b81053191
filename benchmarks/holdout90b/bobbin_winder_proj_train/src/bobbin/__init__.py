from .models import build_model, REGISTRY
from .engine import Engine

__all__ = ["build_model", "REGISTRY", "Engine"]
