from .registry import build, register
from .skip import SkipModel
from .online import refresh, serve

__all__ = ["build", "register", "SkipModel", "refresh", "serve"]
