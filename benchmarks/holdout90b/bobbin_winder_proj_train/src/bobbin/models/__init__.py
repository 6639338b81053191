from .registry import REGISTRY, register, build_model
from . import tension  # noqa: F401  (registers models)

__all__ = ["REGISTRY", "register", "build_model"]
