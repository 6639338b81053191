from .freeze import freeze_by_prefix
from .loop import finetune

__all__ = ["freeze_by_prefix", "finetune"]
