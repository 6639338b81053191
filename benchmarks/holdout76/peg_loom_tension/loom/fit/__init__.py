from .runner import fit_new_loom
