"""Ship chandlery demand forecasting."""
from .engine import BaseTrainer, SaliencyTrainer
from .models import StockLSTM, build_model

__all__ = ["BaseTrainer", "SaliencyTrainer", "StockLSTM", "build_model"]
