from .net import WarpModel
from .fitting import fit

__all__ = ["WarpModel", "fit"]
