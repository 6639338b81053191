from quiller.engine.loop import Trainer
from quiller.engine.metrics import accuracy

__all__ = ["Trainer", "accuracy"]
