from .engine import Trainer
from .models import StrayGRU

__all__ = ["Trainer", "StrayGRU"]
