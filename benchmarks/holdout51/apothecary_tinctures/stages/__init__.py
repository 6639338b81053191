from .finetune import finetune
from .pretrain import pretrain

__all__ = ["pretrain", "finetune"]
