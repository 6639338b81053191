from .models import GateNet
from .engine import Trainer, EarlyStopping
from .data import WindDataset

__all__ = ["GateNet", "Trainer", "EarlyStopping", "WindDataset"]
