from .runner import Runner
from .state import State

__all__ = ["Runner", "State"]
