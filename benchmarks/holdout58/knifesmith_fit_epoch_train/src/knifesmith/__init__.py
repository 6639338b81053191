from .engine import Trainer
from .models import build_model
from .data import make_loaders

__all__ = ["Trainer", "build_model", "make_loaders"]
