from .reproducible import SETTINGS, apply

apply(SETTINGS)

__all__ = ["SETTINGS", "apply"]
