from .nets import StaveNet
from .fit import fit

__all__ = ["StaveNet", "fit"]
