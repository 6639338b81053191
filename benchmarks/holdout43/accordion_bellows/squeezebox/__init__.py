from .zoo import build, register, REGISTRY
from . import nets  # noqa: F401  (fills the registry)

__all__ = ["build", "register", "REGISTRY"]
