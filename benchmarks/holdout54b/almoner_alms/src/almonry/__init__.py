"""almonry: forecasting parish alms."""
from .data import parish_weeks
from .engine import BaseTrainer
from .models import ParishNeedModel

__all__ = ["BaseTrainer", "ParishNeedModel", "parish_weeks"]
