from .core import Events, Runner

__all__ = ["Events", "Runner"]
