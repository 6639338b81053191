from .models import build_model, MODEL_REGISTRY
from .engine import Trainer
from .callbacks import SaliencyLogger

__all__ = ["build_model", "MODEL_REGISTRY", "Trainer", "SaliencyLogger"]
