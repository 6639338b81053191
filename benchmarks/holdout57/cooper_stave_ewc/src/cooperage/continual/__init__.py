from .ewc import EWC
from .loop import train_task

__all__ = ["EWC", "train_task"]
