from .base import Callback
from .trainer import Trainer

__all__ = ["Callback", "Trainer"]
