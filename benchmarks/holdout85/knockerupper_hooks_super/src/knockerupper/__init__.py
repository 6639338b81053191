"""knockerupper: predicts which window to rap on next from a night's round log."""
from .engine import Engine, HookedEngine
from .task import RoundTask

__all__ = ["Engine", "HookedEngine", "RoundTask"]
