from .module import LitLike
from .runner import Runner

__all__ = ["LitLike", "Runner"]
