from .models import DPRNN
from .engine import System, fit

__all__ = ["DPRNN", "System", "fit"]
