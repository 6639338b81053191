from .saliency import saliency_profile

__all__ = ["saliency_profile"]
