from .registry import REGISTRY, register
from . import seq  # noqa: F401  (registers the models)
