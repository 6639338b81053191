from .settings import parse_settings
from .models import build_model
from .engine import Engine

__all__ = ["parse_settings", "build_model", "Engine"]
