from .engine import Trainer
from .callbacks import ProbeCallback, LossLogger

__all__ = ["Trainer", "ProbeCallback", "LossLogger"]
