from .levels import LevelNet, build_models

__all__ = ["LevelNet", "build_models"]
