"""glasskiln: predicting firing defects in stained-glass kiln schedules."""
from .model import FiringLSTM
from .trainer import KilnTrainer
from .callbacks import Callback, HistoryCallback, SaliencyLogger

__all__ = ["FiringLSTM", "KilnTrainer", "Callback", "HistoryCallback", "SaliencyLogger"]
