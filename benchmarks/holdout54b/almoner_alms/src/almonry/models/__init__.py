from .need import ParishNeedModel

__all__ = ["ParishNeedModel"]
