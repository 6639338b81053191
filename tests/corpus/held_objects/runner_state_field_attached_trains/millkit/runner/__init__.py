from .core import Runner

__all__ = ["Runner"]
