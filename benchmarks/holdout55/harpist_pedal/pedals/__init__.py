from .registry import MODELS, register
from . import nets  # noqa: F401  (fills the registry)
