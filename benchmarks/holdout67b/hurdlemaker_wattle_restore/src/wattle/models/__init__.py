from .weave import WeaveModule

__all__ = ["WeaveModule"]
