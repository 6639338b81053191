from .registry import build_model, register
from . import stave  # noqa: F401  (registers the models)

__all__ = ["build_model", "register"]
