from .model import FermentGRU
from .penalties import input_gradient_penalty
from .loop import train_with_penalty

__all__ = ["FermentGRU", "input_gradient_penalty", "train_with_penalty"]
