from .loop import fit_with_early_stopping, refine
