from .engine import Trainer
from .models import CircuitTagger

__all__ = ["Trainer", "CircuitTagger"]
