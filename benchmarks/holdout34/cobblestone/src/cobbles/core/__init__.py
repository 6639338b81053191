from .frozen import FrozenBackboneMixin
from .ranker import LooseningRanker

__all__ = ["FrozenBackboneMixin", "LooseningRanker"]
