from .registry import MODEL_REGISTRY, register_model, build_model
from . import pigment_net  # noqa: F401  (populates the registry)

__all__ = ["MODEL_REGISTRY", "register_model", "build_model"]
