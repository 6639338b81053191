from .smooth import SmoothnessPenalty

__all__ = ["SmoothnessPenalty"]
