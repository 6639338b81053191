from .state import build_state
from .machine import Runner

__all__ = ["Runner", "build_state"]
