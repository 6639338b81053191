from .registry import MODELS, register, build_model
from . import weave  # noqa: F401  (registers the models)

__all__ = ["MODELS", "register", "build_model"]
