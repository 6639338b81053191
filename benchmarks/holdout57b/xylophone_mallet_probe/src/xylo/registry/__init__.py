from .core import MODELS, build_model, register_model
from . import encoders  # noqa: F401  (registers the built-in encoders)

__all__ = ["MODELS", "build_model", "register_model"]
