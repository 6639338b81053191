from .loop import RouteTrainer
from .modes import evaluating

__all__ = ["RouteTrainer", "evaluating"]
