from .models.rnn import TackModel
from .engine.loop import Trainer

__all__ = ["TackModel", "Trainer"]
