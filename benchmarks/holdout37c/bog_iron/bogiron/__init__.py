from .models import OreSeqModel
from .trainers import SharpnessAwareLogger, Trainer

__all__ = ["OreSeqModel", "Trainer", "SharpnessAwareLogger"]
