"""The run configurations, re-exported."""
from .base import BASE, RunConfig
from .derived import EVALUATE, FINETUNE

__all__ = ["BASE", "RunConfig", "EVALUATE", "FINETUNE"]
