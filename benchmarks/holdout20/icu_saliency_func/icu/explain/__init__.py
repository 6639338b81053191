from .saliency import saliency_maps

__all__ = ["saliency_maps"]
