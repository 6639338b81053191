from .core import Engine
from .events import Events

__all__ = ["Engine", "Events"]
