from . import metrics, saliency  # noqa: F401

__all__ = ["metrics", "saliency"]
