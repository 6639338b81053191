from .registry import MODEL_REGISTRY, build, load_for_inference, register
from . import sonar  # noqa: F401  (fills the registry)

__all__ = ["MODEL_REGISTRY", "build", "load_for_inference", "register"]
