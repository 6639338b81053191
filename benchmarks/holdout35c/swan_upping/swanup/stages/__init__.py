from .registry import STEP_REGISTRY, register_step
from . import fitting, scoring  # noqa: F401  (fills the registry)

__all__ = ["STEP_REGISTRY", "register_step"]
