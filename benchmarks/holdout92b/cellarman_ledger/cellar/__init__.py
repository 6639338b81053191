from .nets import CaskForecaster
from .ttt import EvalMode, TrainMode, adapt_on_batch

__all__ = ["CaskForecaster", "EvalMode", "TrainMode", "adapt_on_batch"]
