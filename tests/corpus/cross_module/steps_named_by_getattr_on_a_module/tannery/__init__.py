from .model import SoakGRU
from .runner import Runner

__all__ = ["SoakGRU", "Runner"]
