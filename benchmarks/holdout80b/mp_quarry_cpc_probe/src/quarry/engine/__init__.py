from .config import default_config
from .loop import Engine

__all__ = ["Engine", "default_config"]
