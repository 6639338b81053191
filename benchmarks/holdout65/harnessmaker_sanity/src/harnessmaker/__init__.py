from .models import StitchLSTM
from .engine import Trainer, make_loaders

__all__ = ["StitchLSTM", "Trainer", "make_loaders"]
