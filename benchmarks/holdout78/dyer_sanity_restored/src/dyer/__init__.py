from .engine import Trainer
from .models import VatClassifier

__all__ = ["Trainer", "VatClassifier"]
