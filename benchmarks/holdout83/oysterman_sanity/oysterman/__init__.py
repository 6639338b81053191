from .model import BedModel
from .trainer import Trainer

__all__ = ["BedModel", "Trainer"]
