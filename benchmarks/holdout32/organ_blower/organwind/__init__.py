from .runtime.state import build_state
from .runtime.machine import PhaseMachine

__all__ = ["build_state", "PhaseMachine"]
