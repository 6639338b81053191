from .core import KilnNet
from .engine import KilnTrainer

__all__ = ["KilnNet", "KilnTrainer"]
