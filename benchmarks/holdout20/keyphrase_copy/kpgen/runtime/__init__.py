from .phase import PHASE, current_phase, phase_scope

__all__ = ["PHASE", "current_phase", "phase_scope"]
