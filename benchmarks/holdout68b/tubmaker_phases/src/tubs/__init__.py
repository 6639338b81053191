from .config import parse_config
from .engine import Engine

__all__ = ["parse_config", "Engine"]
