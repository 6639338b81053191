from .engine import Engine
from .models import build_model

__all__ = ["Engine", "build_model"]
