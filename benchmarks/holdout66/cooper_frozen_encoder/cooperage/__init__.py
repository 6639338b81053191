from .nets import StaveModel, freeze

__all__ = ["StaveModel", "freeze"]
