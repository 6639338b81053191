from .config import parse_config
from .engine import Engine

__all__ = ["Engine", "parse_config"]
