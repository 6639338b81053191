from .engine import Trainer, TrainerBuilder
from .models import RouteGRU

__all__ = ["Trainer", "TrainerBuilder", "RouteGRU"]
