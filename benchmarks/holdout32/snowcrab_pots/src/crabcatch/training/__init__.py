from .engine import Engine
from .batches import make_batches

__all__ = ["Engine", "make_batches"]
