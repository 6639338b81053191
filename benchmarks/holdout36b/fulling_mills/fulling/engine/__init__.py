from fulling.engine.core import Engine, Events, State

__all__ = ["Engine", "Events", "State"]
