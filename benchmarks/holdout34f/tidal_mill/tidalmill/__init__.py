from .models import WheelModel
from .engine import MillTrainer

__all__ = ["WheelModel", "MillTrainer"]
