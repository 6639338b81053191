from .registry import build
from . import models  # noqa: F401  (registers the architectures)
