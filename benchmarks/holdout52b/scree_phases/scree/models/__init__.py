from . import zoo  # noqa: F401  (registers the models)
from .registry import MODELS, build_model, register

__all__ = ["MODELS", "build_model", "register"]
