from .nets import FrameTagger
from .refine import BoundaryRefiner, train_tagger

__all__ = ["BoundaryRefiner", "FrameTagger", "train_tagger"]
