from .stages import Stage, run_stages
