from .nets import StaveClassifier
from .fit import fit_head

__all__ = ["StaveClassifier", "fit_head"]
