from .loop import Trainer
from .evaluate import Evaluator

__all__ = ["Trainer", "Evaluator"]
