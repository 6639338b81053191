from .trainer import Trainer
from .model import CartRouteNet

__all__ = ["Trainer", "CartRouteNet"]
