from .badge import BadgeSampling
from .base import Strategy

STRATEGIES = {"badge": BadgeSampling}

__all__ = ["STRATEGIES", "BadgeSampling", "Strategy"]
