from .model import BuzzModel
from .fit import train_model

__all__ = ["BuzzModel", "train_model"]
