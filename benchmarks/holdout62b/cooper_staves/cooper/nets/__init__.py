from .stave import StaveModule

__all__ = ["StaveModule"]
