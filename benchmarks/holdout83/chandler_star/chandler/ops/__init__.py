from .modes import *  # noqa: F401,F403
from .modes import __all__
