from .engine import Engine
from .models import build_model
from .settings import parse_settings

__all__ = ["Engine", "build_model", "parse_settings"]
