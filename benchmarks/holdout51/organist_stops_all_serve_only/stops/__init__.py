from .build import *  # noqa: F401,F403
from .serving import *  # noqa: F401,F403
