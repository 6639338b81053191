from .loop import Loop

__all__ = ["Loop"]
