from . import settings  # noqa: F401  (applies the backend switches on import)
from .nn import BuoyGRU
from .fit import dynamic_evaluation, pretrain

__all__ = ["BuoyGRU", "dynamic_evaluation", "pretrain", "settings"]
