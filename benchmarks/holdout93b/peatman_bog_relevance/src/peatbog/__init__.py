from .models import BogClassifier
from .engine import Trainer, RelevanceTrainer
from .data import make_station_data

__all__ = ["BogClassifier", "Trainer", "RelevanceTrainer", "make_station_data"]
