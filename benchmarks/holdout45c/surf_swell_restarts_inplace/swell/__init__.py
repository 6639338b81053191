from .engine import Engine
from .nets import SwellNet

__all__ = ["Engine", "SwellNet"]
