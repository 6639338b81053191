from .events import Events
from .core import Engine, State

__all__ = ["Engine", "Events", "State"]
