from .engine import BaseTrainer
from .models import HerdModel, make_loaders
from .trainers import DroverTrainer

__all__ = ["BaseTrainer", "DroverTrainer", "HerdModel", "make_loaders"]
