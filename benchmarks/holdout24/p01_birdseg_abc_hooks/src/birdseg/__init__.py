from .engine import BaseTrainer
from .models import SyllableBiGRU

__all__ = ["BaseTrainer", "SyllableBiGRU"]
