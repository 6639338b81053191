from .models import LiquorNet
from .engine import Trainer, Callback

__all__ = ["LiquorNet", "Trainer", "Callback"]
