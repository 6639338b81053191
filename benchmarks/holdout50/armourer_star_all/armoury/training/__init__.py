from .loop import *  # noqa: F401,F403
from .model import *  # noqa: F401,F403
from .loop import __all__ as _loop_all
from .model import __all__ as _model_all

__all__ = list(_loop_all) + list(_model_all)
