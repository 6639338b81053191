from .registry import *  # noqa: F401,F403
from .zoo import *  # noqa: F401,F403
