from .registry import MODELS
from . import rankers  # noqa: F401  (registers the rankers)

__all__ = ["MODELS"]
