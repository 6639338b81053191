from .models import RotaNet
from .engine import Trainer

__all__ = ["RotaNet", "Trainer"]
