from .recurrent import KilnGRU

__all__ = ["KilnGRU"]
