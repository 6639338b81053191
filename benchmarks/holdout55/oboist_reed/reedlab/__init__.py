from .engine import Trainer
from .model import ReedNet

__all__ = ["Trainer", "ReedNet"]
