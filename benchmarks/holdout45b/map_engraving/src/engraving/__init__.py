"""Map engraving: predict burin pressure along contour strokes."""
from .nets import ContourGRU
from .training import EngraverTrainer

__all__ = ["ContourGRU", "EngraverTrainer"]
