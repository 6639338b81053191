from .model import SightModel
from .trainer import Trainer

__all__ = ["SightModel", "Trainer"]
