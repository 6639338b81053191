from .data import SheetBatches
from .loop import fit_tagger

__all__ = ["SheetBatches", "fit_tagger"]
