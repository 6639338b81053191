from .registry import REGISTRY, register
from . import cure_models  # noqa: F401  (fills the registry)
from .cure_models import coat_batches

__all__ = ["REGISTRY", "register", "coat_batches"]
