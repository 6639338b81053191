from .modes import EvalMode, TrainMode
from .adapt import adapt_on_batch

__all__ = ["EvalMode", "TrainMode", "adapt_on_batch"]
