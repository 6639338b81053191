from .config import CriticConfig
from .critic import build_from_config

__all__ = ["CriticConfig", "build_from_config"]
