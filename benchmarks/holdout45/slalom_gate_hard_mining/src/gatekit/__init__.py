from .core import GateModule, Trainer
from .data import GateDataModule

__all__ = ["GateModule", "Trainer", "GateDataModule"]
