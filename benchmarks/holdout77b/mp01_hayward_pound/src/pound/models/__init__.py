from .stray import StrayGRU

__all__ = ["StrayGRU"]
