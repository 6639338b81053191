from .nets import build_model
from .tune import finetune

__all__ = ["build_model", "finetune"]
