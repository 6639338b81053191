from .engine import Trainer
from .models import CanopyModule
from .data import make_loaders

__all__ = ["Trainer", "CanopyModule", "make_loaders"]
