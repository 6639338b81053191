from .seq import FractureNet

__all__ = ["FractureNet"]
