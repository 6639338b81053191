from .models import EelCounter
from .engine import Trainer
from .data import make_batches

__all__ = ["EelCounter", "Trainer", "make_batches"]
