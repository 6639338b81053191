from .system import System
from .loop import fit

__all__ = ["System", "fit"]
