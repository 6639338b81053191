from .sled import SledGRU

__all__ = ["SledGRU"]
