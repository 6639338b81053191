from .audio.model import ColonyModel
from .modes import eval_modes
from .refine import refine

__all__ = ["ColonyModel", "eval_modes", "refine"]
