from .builder import RunBuilder

__all__ = ["RunBuilder"]
