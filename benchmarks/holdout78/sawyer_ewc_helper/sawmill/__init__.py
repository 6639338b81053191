from .net import KerfNet
from .ewc import EWC

__all__ = ["KerfNet", "EWC"]
