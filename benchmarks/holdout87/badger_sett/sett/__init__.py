from .model import SettModel
from .engine import Trainer

__all__ = ["SettModel", "Trainer"]
