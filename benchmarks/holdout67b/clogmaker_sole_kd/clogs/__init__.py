from .registry import build, register
from . import nets  # noqa: F401  (fills the registry)
from .distil import DistilStep

__all__ = ["build", "register", "DistilStep"]
