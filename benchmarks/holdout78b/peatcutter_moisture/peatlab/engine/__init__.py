from .core import Engine
from .model import MoistureGRU

__all__ = ["Engine", "MoistureGRU"]
