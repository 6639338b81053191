from .models import StrainNet
from .engine import Trainer
from .data import make_loaders

__all__ = ["StrainNet", "Trainer", "make_loaders"]
