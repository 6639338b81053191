from .engine import Trainer
from .tasks import BellTask
from .data import make_loaders

__all__ = ["Trainer", "BellTask", "make_loaders"]
