from .callbacks import SaliencyCallback
from .model import FrostNet
from .trainer import Trainer

__all__ = ["FrostNet", "SaliencyCallback", "Trainer"]
