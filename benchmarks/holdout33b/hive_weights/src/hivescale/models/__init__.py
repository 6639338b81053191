from .gru import HiveGRU

__all__ = ["HiveGRU"]
