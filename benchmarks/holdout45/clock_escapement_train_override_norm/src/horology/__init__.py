from .models import EscapementModel
from .training import fit

__all__ = ["EscapementModel", "fit"]
