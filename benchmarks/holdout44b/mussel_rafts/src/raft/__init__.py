from .model import GrowthGRU
from .data import make_splits
from .engine import Runner

__all__ = ["GrowthGRU", "make_splits", "Runner"]
