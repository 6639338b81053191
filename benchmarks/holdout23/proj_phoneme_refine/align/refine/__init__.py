from .boundary import BoundaryRefiner
from .train import train_tagger

__all__ = ["BoundaryRefiner", "train_tagger"]
