from .data import make_loaders
from .task import KnitTask
from .trainer import Trainer

__all__ = ["make_loaders", "KnitTask", "Trainer"]
