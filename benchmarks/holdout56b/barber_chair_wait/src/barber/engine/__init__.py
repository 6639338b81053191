from .loop import Engine
from .data import arrivals

__all__ = ["Engine", "arrivals"]
