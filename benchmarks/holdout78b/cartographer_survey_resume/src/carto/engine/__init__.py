from .loop import Trainer
from .tracking import BestTrackingTrainer

__all__ = ["Trainer", "BestTrackingTrainer"]
