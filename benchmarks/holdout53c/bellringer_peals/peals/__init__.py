"""Striking coach package: builders come from two modules; the later star-import wins on clashes."""
from .training import *  # noqa: F401,F403
from .serving import *  # noqa: F401,F403
