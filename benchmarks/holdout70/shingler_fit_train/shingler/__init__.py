from .engine import Trainer
from .model import RoofNet

__all__ = ["Trainer", "RoofNet"]
