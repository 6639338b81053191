from .registry import build, registered, register
from . import models  # noqa: F401  (fills the registry)
