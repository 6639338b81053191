from .engine import Trainer
from .models import YokeTagger

__all__ = ["Trainer", "YokeTagger"]
