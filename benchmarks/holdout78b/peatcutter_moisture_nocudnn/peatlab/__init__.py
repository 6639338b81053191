from .engine import Engine
from .callbacks import build_callbacks

__all__ = ["Engine", "build_callbacks"]
