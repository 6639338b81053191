from .modes import Mode
from .loop import fit

__all__ = ["Mode", "fit"]
