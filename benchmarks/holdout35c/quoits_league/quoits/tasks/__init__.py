from .throw import ThrowTask

__all__ = ["ThrowTask"]
