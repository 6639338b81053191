from .registry import MODELS, register
from . import encoders, adapters  # noqa: F401  (populate the registry)

__all__ = ["MODELS", "register"]
