from .registry import build_model, register
from . import kettle  # noqa: F401  (registers its models)

__all__ = ["build_model", "register"]
