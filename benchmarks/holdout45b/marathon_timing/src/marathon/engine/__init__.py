from .runner import Engine

__all__ = ["Engine"]
