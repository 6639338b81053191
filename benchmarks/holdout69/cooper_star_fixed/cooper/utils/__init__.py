from .modes import *
from .modes import __all__ as _modes_all

__all__ = list(_modes_all)
