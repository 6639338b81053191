from .events import Events
from .core import Engine

__all__ = ["Engine", "Events"]
