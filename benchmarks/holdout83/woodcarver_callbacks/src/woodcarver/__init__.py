from .engine import Engine, SaliencyLogger
from .models import build_model

__all__ = ["Engine", "SaliencyLogger", "build_model"]
