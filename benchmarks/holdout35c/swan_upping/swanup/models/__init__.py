from .cygnet import CygnetNet

__all__ = ["CygnetNet"]
