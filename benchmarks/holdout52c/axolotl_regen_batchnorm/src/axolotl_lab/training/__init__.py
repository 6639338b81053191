from .freeze import freeze_norm_stats
from .loop import finetune

__all__ = ["freeze_norm_stats", "finetune"]
