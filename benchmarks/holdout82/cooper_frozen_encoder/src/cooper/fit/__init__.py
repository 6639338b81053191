from .loop import fit_head
