from . import saliency  # noqa: F401

__all__ = ["saliency"]
