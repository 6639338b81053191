from .engine import Engine, Events
from .models import KettleGRU
from .data import make_batches

__all__ = ["Engine", "Events", "KettleGRU", "make_batches"]
