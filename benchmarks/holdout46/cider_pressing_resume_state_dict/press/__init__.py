from .stages import stage_one, stage_two
