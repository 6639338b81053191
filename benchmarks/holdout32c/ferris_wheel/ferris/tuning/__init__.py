from .loop import finetune
from .modes import frozen_statistics

__all__ = ["finetune", "frozen_statistics"]
