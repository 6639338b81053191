from .engine import Engine, Events

__all__ = ["Engine", "Events"]
