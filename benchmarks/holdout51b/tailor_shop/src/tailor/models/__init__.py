from .seam import SeamModel, build_model

__all__ = ["SeamModel", "build_model"]
