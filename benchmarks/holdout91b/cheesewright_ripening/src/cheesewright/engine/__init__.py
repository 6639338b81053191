from .loop import Trainer
from .early_stop import EarlyStopTrainer

__all__ = ["Trainer", "EarlyStopTrainer"]
