from .modes import in_phase
