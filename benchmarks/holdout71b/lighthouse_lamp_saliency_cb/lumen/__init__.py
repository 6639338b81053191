from .models import LampNet
from .training import Trainer

__all__ = ["LampNet", "Trainer"]
