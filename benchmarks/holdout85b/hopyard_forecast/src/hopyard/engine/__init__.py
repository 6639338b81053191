from .trainer import Trainer
from .yield_trainer import YieldTrainer

__all__ = ["Trainer", "YieldTrainer"]
