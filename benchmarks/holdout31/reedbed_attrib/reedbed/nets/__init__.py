from .nitrate import NitrateModel
from .fitting import fit

__all__ = ["NitrateModel", "fit"]
