from .models import BobbinSequencer
from .training import fit

__all__ = ["BobbinSequencer", "fit"]
