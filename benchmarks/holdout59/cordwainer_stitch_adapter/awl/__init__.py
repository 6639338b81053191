from .modeling import *  # noqa: F401,F403
from .engine import *  # noqa: F401,F403
from .modeling import __all__ as _m
from .engine import __all__ as _e

__all__ = list(_m) + list(_e)
