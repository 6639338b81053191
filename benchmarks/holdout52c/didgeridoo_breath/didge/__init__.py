from .build import build_model
from .loop import fit

__all__ = ["build_model", "fit"]
