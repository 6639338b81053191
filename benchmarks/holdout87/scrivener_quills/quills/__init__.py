from .model import *  # noqa: F401,F403
from .training import *  # noqa: F401,F403
from .serving import *  # noqa: F401,F403
