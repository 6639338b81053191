from .bird import ReturnModel

__all__ = ["ReturnModel"]
