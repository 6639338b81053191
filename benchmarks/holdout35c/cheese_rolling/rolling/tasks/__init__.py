from .gap import GapTask

__all__ = ["GapTask"]
