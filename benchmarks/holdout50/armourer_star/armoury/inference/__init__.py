from .serve import *  # noqa: F401,F403
from .serve import __all__  # noqa: F401
