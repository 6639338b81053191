from .config import parse_settings
from .registry import build_model, PHASES
from . import models, phases  # noqa: F401  (populate the registries)

__all__ = ["parse_settings", "build_model", "PHASES"]
