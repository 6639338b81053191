from .models import StrainForecaster
from .engine import Trainer, make_loaders

__all__ = ["StrainForecaster", "Trainer", "make_loaders"]
