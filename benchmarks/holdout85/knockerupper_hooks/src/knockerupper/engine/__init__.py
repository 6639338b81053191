from .loop import Engine
from .hooked import HookedEngine

__all__ = ["Engine", "HookedEngine"]
