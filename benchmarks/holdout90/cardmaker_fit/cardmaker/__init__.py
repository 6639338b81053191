from .model import build_model
from .data import make_loaders
from .engine import Trainer

__all__ = ["build_model", "make_loaders", "Trainer"]
