from .engine import Trainer
from .models import LaneForecaster
from .data import make_lanes

__all__ = ["Trainer", "LaneForecaster", "make_lanes"]
