from .periodic import PeriodicValidation

__all__ = ["PeriodicValidation"]
