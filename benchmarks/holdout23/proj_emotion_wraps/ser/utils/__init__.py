from .decorators import evaluating, timed

__all__ = ["evaluating", "timed"]
