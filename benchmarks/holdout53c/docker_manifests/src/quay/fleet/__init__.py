from .registry import REGISTRY, build, register
from . import nets  # noqa: F401  (registers the architectures)

__all__ = ["REGISTRY", "build", "register"]
