from .registry import MODELS, register, build
from . import models  # noqa: F401  (fills the registry)
from .engine.phases import run_phases

__all__ = ["MODELS", "register", "build", "run_phases"]
