from .ctx import evaluating

__all__ = ["evaluating"]
