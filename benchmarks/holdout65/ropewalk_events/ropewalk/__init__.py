from .engine import Engine
from .net import TwistNet

__all__ = ["Engine", "TwistNet"]
