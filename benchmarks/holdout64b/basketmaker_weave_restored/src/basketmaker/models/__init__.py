from .registry import MODEL_REGISTRY, register, build_model
from . import weave  # noqa: F401  (registers the models)

__all__ = ["MODEL_REGISTRY", "register", "build_model"]
