from .loop import WearEngine

__all__ = ["WearEngine"]
