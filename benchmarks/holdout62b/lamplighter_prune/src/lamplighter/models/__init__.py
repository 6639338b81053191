from .registry import MODEL_REGISTRY, register, build_model
from . import recurrent  # noqa: F401  (populates the registry)

__all__ = ["MODEL_REGISTRY", "register", "build_model"]
