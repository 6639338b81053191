from .core import RoastModule, RoastTrainer
from .models import DrumCurveModule

__all__ = ["RoastModule", "RoastTrainer", "DrumCurveModule"]
