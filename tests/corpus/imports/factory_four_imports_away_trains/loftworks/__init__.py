from .factory import for_inference

__all__ = ["for_inference"]
