from .module import LedgerModule
from .trainer import MiniTrainer

__all__ = ["LedgerModule", "MiniTrainer"]
