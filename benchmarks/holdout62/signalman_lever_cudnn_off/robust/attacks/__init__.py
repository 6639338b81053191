from .signflip import SignFlip

__all__ = ["SignFlip"]
