from .registry import MODELS, build_model, register
from . import rind  # noqa: F401  (registers the models)

__all__ = ["MODELS", "build_model", "register"]
