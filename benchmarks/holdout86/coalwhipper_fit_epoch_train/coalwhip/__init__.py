from .model import BargeLoadNet
from .trainer import Trainer

__all__ = ["BargeLoadNet", "Trainer"]
