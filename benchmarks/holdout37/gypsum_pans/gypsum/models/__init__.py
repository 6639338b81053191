from .registry import MODELS, build_model, register
from . import brine  # noqa: F401  (fills the registry)

__all__ = ["MODELS", "build_model", "register"]
