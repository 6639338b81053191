from .lathe import LatheNet

__all__ = ["LatheNet"]
