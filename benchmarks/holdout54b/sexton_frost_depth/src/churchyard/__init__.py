from .fit import SelfTrainer
from .fit.data import winter_nights
from .models import FrostModel

__all__ = ["FrostModel", "SelfTrainer", "winter_nights"]
