from .engine import Trainer
from .models import SeamNet

__all__ = ["Trainer", "SeamNet"]
