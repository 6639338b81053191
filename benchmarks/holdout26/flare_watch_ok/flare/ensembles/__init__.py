from .seeds import average_members, train_member
from .tune import finetune

__all__ = ["average_members", "finetune", "train_member"]
