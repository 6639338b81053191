from .delay import DelayGRU

__all__ = ["DelayGRU"]
