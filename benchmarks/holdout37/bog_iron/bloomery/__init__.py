from .models import FurnaceGRU
from .engine import Trainer, Callback

__all__ = ["FurnaceGRU", "Trainer", "Callback"]
