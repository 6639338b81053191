from .fitting import Fit, Refit
from .checking import Check

__all__ = ["Fit", "Refit", "Check"]
