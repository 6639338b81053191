from .registry import build_model, register
from . import stride  # noqa: F401  (registers models)

__all__ = ["build_model", "register"]
