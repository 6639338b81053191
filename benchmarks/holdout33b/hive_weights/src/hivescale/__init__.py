"""hivescale: forecasting hive weight change from scale + weather sequences."""
from .engine import Trainer
from .models import HiveGRU
from .data import synthetic_hive_batches

__all__ = ["Trainer", "HiveGRU", "synthetic_hive_batches"]
