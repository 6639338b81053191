from .trainer import Trainer
from .callbacks import Callback, SaliencyLogger, HistoryLogger

__all__ = ["Trainer", "Callback", "SaliencyLogger", "HistoryLogger"]
