"""Illuminator: tiny manuscript-line colour classifier (toy)."""
from .models import build_model, MODEL_REGISTRY
from .engine import Trainer, SaliencyLogger, HistoryLogger

__all__ = ["build_model", "MODEL_REGISTRY", "Trainer", "SaliencyLogger", "HistoryLogger"]
