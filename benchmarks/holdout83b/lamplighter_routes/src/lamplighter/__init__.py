from .config import CONFIG
from .models import build_model
from .engine import RouteTrainer

__all__ = ["CONFIG", "build_model", "RouteTrainer"]
