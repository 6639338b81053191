from .stave import StaveModel

__all__ = ["StaveModel"]
