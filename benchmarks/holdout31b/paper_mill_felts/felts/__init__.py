from .data import make_batches
from .nets import build_pair
from .engine import DistillLoop

__all__ = ["make_batches", "build_pair", "DistillLoop"]
