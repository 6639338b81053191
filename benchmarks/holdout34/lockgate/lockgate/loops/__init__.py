from .fit import fit_epoch

__all__ = ["fit_epoch"]
