from .registry import MODEL_REGISTRY, build_model, register_model
from . import recurrent  # noqa: F401  (fills the registry)

__all__ = ["MODEL_REGISTRY", "build_model", "register_model"]
