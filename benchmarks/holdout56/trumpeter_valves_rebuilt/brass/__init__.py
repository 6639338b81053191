from .registry import MODELS, register, build
from . import models  # noqa: F401  (fills the registry)
