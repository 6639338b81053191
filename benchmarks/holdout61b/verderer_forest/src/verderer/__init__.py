from .engine import BaseTrainer, RelevanceTrainer
from .models import build_model

__all__ = ["BaseTrainer", "RelevanceTrainer", "build_model"]
