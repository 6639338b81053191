from .registry import build_model, register
from . import recurrent  # noqa: F401  (fills the registry)

__all__ = ["build_model", "register"]
