from .engine import Trainer
from .tasks import HerdingTrainer
from .data import TrialTrack

__all__ = ["Trainer", "HerdingTrainer", "TrialTrack"]
