from .engine import Trainer
from .tasks import LedgerTrainer
from .data import build_loaders

__all__ = ["Trainer", "LedgerTrainer", "build_loaders"]
