from .registry import MODELS, build_model, register
from . import lstm  # noqa: F401  (fills the registry)

__all__ = ["MODELS", "build_model", "register"]
