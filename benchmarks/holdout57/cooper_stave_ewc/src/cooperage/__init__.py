from .continual import EWC, train_task
from .nets import StaveNet, forest_batches

__all__ = ["EWC", "train_task", "StaveNet", "forest_batches"]
