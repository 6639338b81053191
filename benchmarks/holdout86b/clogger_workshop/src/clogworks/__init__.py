from .models import build_model, register
from .engine import Trainer, PruningTrainer

__all__ = ["build_model", "register", "Trainer", "PruningTrainer"]
