from .models import SparLoadNet
from .engine import Trainer

__all__ = ["SparLoadNet", "Trainer"]
