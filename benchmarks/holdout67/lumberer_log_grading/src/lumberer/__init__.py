from .models import LogGrader
from .engine import Trainer
from .data import make_loaders

__all__ = ["LogGrader", "Trainer", "make_loaders"]
