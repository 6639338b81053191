from .phases import phases
from .fit import fit_batch

__all__ = ["phases", "fit_batch"]
