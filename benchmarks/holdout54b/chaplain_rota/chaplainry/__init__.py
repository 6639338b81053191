from .core import MiniTrainer, RotaModule
from .tasks import VisitForecaster

__all__ = ["MiniTrainer", "RotaModule", "VisitForecaster"]
