from .registry import REGISTRY, register, build
from . import cargo  # noqa: F401  (registers models)
