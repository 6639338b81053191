from .crease import CreaseModule

__all__ = ["CreaseModule"]
