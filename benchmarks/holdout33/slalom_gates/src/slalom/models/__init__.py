from .registry import REGISTRY, register, build
from . import gates  # noqa: F401  (registers the models)

__all__ = ["REGISTRY", "register", "build"]
