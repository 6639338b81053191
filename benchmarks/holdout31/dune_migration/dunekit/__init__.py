from .models import CrestModel
from .training import Trainer
from .analysis import WindSensitivity

__all__ = ["CrestModel", "Trainer", "WindSensitivity"]
