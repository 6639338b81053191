from .model import TwistModel
from .tuning import deterministic_finetune

__all__ = ["TwistModel", "deterministic_finetune"]
