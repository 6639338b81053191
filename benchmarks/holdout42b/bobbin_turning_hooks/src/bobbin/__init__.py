from .models import LatheNet
from .engine import Trainer

__all__ = ["LatheNet", "Trainer"]
