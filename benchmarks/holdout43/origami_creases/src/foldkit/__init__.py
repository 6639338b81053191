"""foldkit: a small training framework for crease-pattern sequence models."""
from .engine import FoldTrainer, TrainerConfig
from .models import CreaseModule

__all__ = ["FoldTrainer", "TrainerConfig", "CreaseModule"]
