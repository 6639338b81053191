from .loop import fit_head

__all__ = ["fit_head"]
