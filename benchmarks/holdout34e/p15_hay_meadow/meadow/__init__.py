"""meadow: when to scythe the hay meadows, from the spring weather."""
from . import models  # noqa: F401  (fills the registry)
from .registry import build, register
from .training import HayTrainer

__all__ = ["build", "register", "HayTrainer"]
