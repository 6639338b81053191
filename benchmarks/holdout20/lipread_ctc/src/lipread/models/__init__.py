from .lipnet import LipNet

__all__ = ["LipNet"]
