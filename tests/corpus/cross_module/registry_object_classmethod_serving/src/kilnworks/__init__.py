from .nets import NETS
from .fit import Tuner

__all__ = ["NETS", "Tuner"]
