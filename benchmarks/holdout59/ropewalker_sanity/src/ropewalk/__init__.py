from .engine import Trainer
from .models import TensionLSTM
from .data import make_walks

__all__ = ["Trainer", "TensionLSTM", "make_walks"]
