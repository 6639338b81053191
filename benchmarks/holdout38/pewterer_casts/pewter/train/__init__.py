from .data import casting_batch
from .finetune import finetune

__all__ = ["casting_batch", "finetune"]
