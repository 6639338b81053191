from .probe import fit_probe

__all__ = ["fit_probe"]
