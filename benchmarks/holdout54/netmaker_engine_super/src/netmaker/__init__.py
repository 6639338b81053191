from .config import CONFIG
from .factory import build_engine

__all__ = ["CONFIG", "build_engine"]
