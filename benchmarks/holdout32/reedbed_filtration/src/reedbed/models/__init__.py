from .seq import NitrateGRU, build_model

__all__ = ["NitrateGRU", "build_model"]
