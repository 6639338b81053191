from .models import OccupancyNet
from .data import make_loaders
from .engine import Trainer

__all__ = ["OccupancyNet", "make_loaders", "Trainer"]
