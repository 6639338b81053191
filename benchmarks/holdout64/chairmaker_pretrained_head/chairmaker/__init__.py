from .registry import MODELS, register
from . import models  # noqa: F401  (fills the registry)

__all__ = ["MODELS", "register"]
