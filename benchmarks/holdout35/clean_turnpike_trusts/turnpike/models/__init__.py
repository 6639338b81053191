from .toll import *  # noqa: F401,F403
from .toll import __all__  # noqa: F401
