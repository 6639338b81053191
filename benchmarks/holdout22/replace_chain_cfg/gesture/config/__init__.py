from .base import BASE, RunConfig
from .derived import EVAL, FINETUNE

__all__ = ["BASE", "RunConfig", "EVAL", "FINETUNE"]
