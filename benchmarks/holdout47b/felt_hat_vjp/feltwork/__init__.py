from .config import CONFIG
from .engine import Engine

__all__ = ["CONFIG", "Engine"]
