from .registry import MODELS, register
from . import barrel  # noqa: F401  (registers the builders)

__all__ = ["MODELS", "register"]
