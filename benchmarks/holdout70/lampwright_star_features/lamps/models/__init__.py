from .wick import *
from .wick import __all__ as _wick_all

__all__ = list(_wick_all)
