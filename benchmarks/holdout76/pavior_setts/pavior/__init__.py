from .models import SettWearNet
from .data import make_loaders
from .engine import Trainer

__all__ = ["SettWearNet", "make_loaders", "Trainer"]
