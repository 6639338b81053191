from .decorators import dropout_off, evaluating, timed

__all__ = ["dropout_off", "evaluating", "timed"]
