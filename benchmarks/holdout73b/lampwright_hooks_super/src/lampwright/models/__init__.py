from .registry import MODELS, build_model, register
from . import flicker  # noqa: F401  (registers models)

__all__ = ["MODELS", "build_model", "register"]
