from .models import PatchSequenceModel
from .training import fit

__all__ = ["PatchSequenceModel", "fit"]
