from .engine import Trainer
from .models import VatRegressor, make_batches

__all__ = ["Trainer", "VatRegressor", "make_batches"]
