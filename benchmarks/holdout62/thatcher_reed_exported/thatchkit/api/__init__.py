from .inference import *  # noqa: F401,F403
from .training import *  # noqa: F401,F403
from . import inference as _inf, training as _tr

__all__ = sorted(set(_inf.__all__) | set(_tr.__all__))
