from .models import TriageRNN
from .engine import Trainer

__all__ = ["TriageRNN", "Trainer"]
