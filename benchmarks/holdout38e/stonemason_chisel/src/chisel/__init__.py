"""Chisel-wear package: re-exports the pieces the entry script needs."""
from .config import parse_settings
from .engine import WearEngine
from .models import build_model

__all__ = ["parse_settings", "WearEngine", "build_model"]
