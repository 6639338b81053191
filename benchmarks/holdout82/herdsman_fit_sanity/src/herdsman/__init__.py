from .models import GrazeNet
from .engine import Trainer

__all__ = ["GrazeNet", "Trainer"]
