from .gru import BuoyGRU

__all__ = ["BuoyGRU"]
