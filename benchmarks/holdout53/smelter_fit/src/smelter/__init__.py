from .engine import Trainer
from .models import FurnaceForecaster
from .data import make_loaders

__all__ = ["Trainer", "FurnaceForecaster", "make_loaders"]
