from .chute import ChuteGRU

__all__ = ["ChuteGRU"]
