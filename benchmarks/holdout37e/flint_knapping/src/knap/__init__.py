from .models import build_model
from .trainers import FlakeTrainer

__all__ = ["build_model", "FlakeTrainer"]
