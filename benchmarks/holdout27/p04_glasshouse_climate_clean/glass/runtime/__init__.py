from .phase import phase, current_phase, apply_phase
