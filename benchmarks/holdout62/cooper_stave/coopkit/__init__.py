from .engine import Trainer
from .models import StaveModel

__all__ = ["Trainer", "StaveModel"]
