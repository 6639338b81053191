from .core import DockContext, HullTrainer
from .models import StressLSTM

__all__ = ["DockContext", "HullTrainer", "StressLSTM"]
