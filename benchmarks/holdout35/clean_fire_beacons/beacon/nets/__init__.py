from .relay import RelayNet

__all__ = ["RelayNet"]
