from .zoo import create

__all__ = ["create"]
