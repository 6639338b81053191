from .tagger import *  # noqa: F401,F403
from .tagger import __all__
