"""paraglide: launch-log classifier (clean launch / aborted / collapse) driven by phase configs."""
from .registry import MODELS, build_model, register_model
from . import models  # noqa: F401  (populates the registry)
from .engine import PhaseEngine

__all__ = ["MODELS", "build_model", "register_model", "PhaseEngine"]
