from .events import Events
from .engine import Engine, State

__all__ = ["Engine", "Events", "State"]
