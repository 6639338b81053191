from .loop import Engine

__all__ = ["Engine"]
