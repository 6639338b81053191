from .evaluate import masked_mae, validate
from .loop import Trainer

__all__ = ["Trainer", "masked_mae", "validate"]
