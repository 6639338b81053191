from .registry import MODELS, register, build_model
from . import recurrent  # noqa: F401  (fills the registry)

__all__ = ["MODELS", "register", "build_model"]
