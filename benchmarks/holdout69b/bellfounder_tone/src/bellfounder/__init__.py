from .models import ToneNet
from .engine import Trainer, SaliencyTrainer

__all__ = ["ToneNet", "Trainer", "SaliencyTrainer"]
