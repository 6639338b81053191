"""Hop-bine growth: predict next-week bine height from weather and string-tension sensors."""
from .nets import *  # noqa: F401,F403
from .nets import __all__ as _nets_all
from .adapt import adapt_on_yard

__all__ = list(_nets_all) + ["adapt_on_yard"]
