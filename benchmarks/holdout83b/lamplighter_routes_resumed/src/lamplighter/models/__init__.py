from .registry import MODELS, register, build_model
from . import recurrent  # noqa: F401  (registers models)

__all__ = ["MODELS", "register", "build_model"]
