from .saliency import saliency_map

__all__ = ["saliency_map"]
