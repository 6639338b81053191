from .liquor import LiquorNet

__all__ = ["LiquorNet"]
