from .level import LevelNet

__all__ = ["LevelNet"]
