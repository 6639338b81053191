from .model import DitchGRU
from .data import sample_estate

__all__ = ["DitchGRU", "sample_estate"]
