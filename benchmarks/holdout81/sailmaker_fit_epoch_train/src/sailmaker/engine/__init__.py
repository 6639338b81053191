from .data import make_loaders
from .loop import Trainer

__all__ = ["Trainer", "make_loaders"]
