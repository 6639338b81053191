from .data import make_loaders
from .engine import Trainer
from .models import StrikeRegressor

__all__ = ["make_loaders", "Trainer", "StrikeRegressor"]
