from .net import SkirtNet
from .engine import fit, Mode

__all__ = ["SkirtNet", "fit", "Mode"]
