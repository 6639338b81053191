from .plate import ContourGRU

__all__ = ["ContourGRU"]
