from .engine import Trainer
from .models import BellToneModel

__all__ = ["Trainer", "BellToneModel"]
