from .core import Runner
from . import steps  # noqa: F401  (importing the steps registers them)

__all__ = ["Runner"]
