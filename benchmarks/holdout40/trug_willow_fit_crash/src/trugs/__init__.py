from .models import WillowNet, make_batches
from .engine import Trainer

__all__ = ["WillowNet", "make_batches", "Trainer"]
