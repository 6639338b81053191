from .engine import RouteTrainer, evaluating
from .models import RouteNet

__all__ = ["RouteNet", "RouteTrainer", "evaluating"]
