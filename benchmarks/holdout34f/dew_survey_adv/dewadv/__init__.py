from .net import RainGRU

__all__ = ["RainGRU"]
