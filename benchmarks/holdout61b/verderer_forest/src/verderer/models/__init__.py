from .browse import BrowseGRU, build_model

__all__ = ["BrowseGRU", "build_model"]
