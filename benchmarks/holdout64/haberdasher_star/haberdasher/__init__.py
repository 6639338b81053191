from .model import *  # noqa: F401,F403
from .steps import *  # noqa: F401,F403
