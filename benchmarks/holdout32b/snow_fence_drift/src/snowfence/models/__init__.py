from .drift import DriftModel

__all__ = ["DriftModel"]
