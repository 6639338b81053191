from .core import LooseningRanker
from .fitting import fit_head

__all__ = ["LooseningRanker", "fit_head"]
