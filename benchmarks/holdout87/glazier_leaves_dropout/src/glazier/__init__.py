from .model import KilnNet
from .tools import freeze_stochastic

__all__ = ["KilnNet", "freeze_stochastic"]
