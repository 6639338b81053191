from .registry import REGISTRY, build, register
from . import recurrent  # noqa: F401  (registers the builders)

__all__ = ["REGISTRY", "build", "register"]
