from .catch import CatchGRU

__all__ = ["CatchGRU"]
