"""ropekit: rope-wear models for abseiling centres.

Public helpers are re-exported from the submodules' __all__ lists.
"""
from .modes import *  # noqa: F401,F403
from .data import *  # noqa: F401,F403
from .export import *  # noqa: F401,F403
from .net import WearNet

__all__ = ["WearNet", "prepare", "make_descents", "export_summary"]
