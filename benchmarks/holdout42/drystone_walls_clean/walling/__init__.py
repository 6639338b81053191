from .nets import *  # noqa: F401,F403
from .prep import *  # noqa: F401,F403
