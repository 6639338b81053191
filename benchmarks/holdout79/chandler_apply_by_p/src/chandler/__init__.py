from .nn import BurnModel
from .train import finetune

__all__ = ["BurnModel", "finetune"]
