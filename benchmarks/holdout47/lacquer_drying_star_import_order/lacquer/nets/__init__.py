from .coat import CoatNet

__all__ = ["CoatNet"]
