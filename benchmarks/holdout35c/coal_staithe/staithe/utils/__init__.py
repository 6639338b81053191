from .fit import train_members
from .stats import disagreement

__all__ = ["train_members", "disagreement"]
