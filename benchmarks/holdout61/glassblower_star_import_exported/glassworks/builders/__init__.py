from .legacy import *  # noqa: F401,F403
from .current import *  # noqa: F401,F403
from .legacy import __all__ as _legacy_all
from .current import __all__ as _current_all

__all__ = sorted(set(_legacy_all) | set(_current_all))
