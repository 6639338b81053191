from .models import FeltLifeModel
from .engine import Fit
from .regularisers import SmoothnessPenalty
from .data import synthetic_shifts

__all__ = ["FeltLifeModel", "Fit", "SmoothnessPenalty", "synthetic_shifts"]
