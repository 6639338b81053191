from .registry import MODELS, build_model, register
from . import vat  # noqa: F401  (fills the registry)

__all__ = ["MODELS", "build_model", "register"]
