from .module import LitBase
from .loop import FitLoop

__all__ = ["FitLoop", "LitBase"]
