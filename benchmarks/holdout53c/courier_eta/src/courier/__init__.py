from .engine import Trainer
from .models import EtaGRU
from .data import make_batches

__all__ = ["Trainer", "EtaGRU", "make_batches"]
