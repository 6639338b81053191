from .core import LedgerModule, MiniTrainer
from .models import LedgerClassifier
from .data import make_loaders

__all__ = ["LedgerModule", "MiniTrainer", "LedgerClassifier", "make_loaders"]
