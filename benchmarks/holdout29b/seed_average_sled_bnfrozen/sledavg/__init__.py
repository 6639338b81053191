from .stages import Stage, STAGES
