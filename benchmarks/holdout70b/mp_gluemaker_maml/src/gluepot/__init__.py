from .data import RecipeSampler
from .meta import outer_step
from .model import SetTimeGRU

__all__ = ["RecipeSampler", "SetTimeGRU", "outer_step"]
