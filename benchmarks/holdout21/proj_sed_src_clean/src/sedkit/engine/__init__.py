from sedkit.engine.loop import Trainer
from sedkit.engine.metrics import event_f1

__all__ = ["Trainer", "event_f1"]
