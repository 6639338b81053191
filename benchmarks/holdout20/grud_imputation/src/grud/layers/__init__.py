from .decay import InputDecay, deltas
from .grud import GRUD

__all__ = ["InputDecay", "deltas", "GRUD"]
