from .model import WallProfiler
from .engine import Engine

__all__ = ["WallProfiler", "Engine"]
