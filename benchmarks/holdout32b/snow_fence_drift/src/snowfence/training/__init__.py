from .loop import FineTuner
from .modes import frozen_norm_mode

__all__ = ["FineTuner", "frozen_norm_mode"]
