from .models import TraverseModule
from .engine import Trainer, BestTrackingTrainer

__all__ = ["TraverseModule", "Trainer", "BestTrackingTrainer"]
