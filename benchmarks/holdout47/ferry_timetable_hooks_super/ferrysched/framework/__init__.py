from .module import LitModule
from .trainer import Trainer
from .callbacks import Callback, PrintMetrics

__all__ = ["LitModule", "Trainer", "Callback", "PrintMetrics"]
