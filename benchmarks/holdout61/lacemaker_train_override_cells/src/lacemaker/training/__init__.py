from .fit import fit

__all__ = ["fit"]
