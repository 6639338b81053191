from .fit import Fit

__all__ = ["Fit"]
