from .seam import REGISTRY, build_model

__all__ = ["REGISTRY", "build_model"]
