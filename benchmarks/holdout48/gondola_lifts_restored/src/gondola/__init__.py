from .models import CabinLoadNet
from .data import make_loaders
from .engine import LiftTrainer

__all__ = ["CabinLoadNet", "make_loaders", "LiftTrainer"]
