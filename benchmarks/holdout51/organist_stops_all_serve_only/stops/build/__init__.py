from .builders import *  # noqa: F401,F403
from .builders import __all__  # noqa: F401
