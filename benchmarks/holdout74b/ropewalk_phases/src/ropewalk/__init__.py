from .models import build_model
from .engine import Engine

__all__ = ["build_model", "Engine"]
