from .decorators import evaluating

__all__ = ["evaluating"]
