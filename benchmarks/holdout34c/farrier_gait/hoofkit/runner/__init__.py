from .core import Runner, Events, State

__all__ = ["Runner", "Events", "State"]
