from .nets import *  # noqa: F401,F403
from .nets import __all__ as _nets_all
from .serve import *  # noqa: F401,F403
from .serve import __all__ as _serve_all

__all__ = list(_nets_all) + list(_serve_all)
