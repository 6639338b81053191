from .timber import TimberNet

__all__ = ["TimberNet"]
