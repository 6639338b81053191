from .registry import MODELS, register
from . import mesh  # noqa: F401  (fills the registry)
