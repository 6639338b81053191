from .state import RunState, apply_state, evolve

__all__ = ["RunState", "apply_state", "evolve"]
