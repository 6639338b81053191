from .models import build_model
from .engine import BaseTrainer, GrainTrainer

__all__ = ["build_model", "BaseTrainer", "GrainTrainer"]
