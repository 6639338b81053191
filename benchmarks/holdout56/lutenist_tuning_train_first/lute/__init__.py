from .model import PegDriftModel
from .trainer import Trainer

__all__ = ["PegDriftModel", "Trainer"]
