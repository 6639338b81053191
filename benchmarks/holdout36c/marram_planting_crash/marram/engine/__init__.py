from .loop import fit, select_batch

__all__ = ["fit", "select_batch"]
