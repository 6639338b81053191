from .model import VisibilityNet
from .trainers import VisibilityTrainer

__all__ = ["VisibilityNet", "VisibilityTrainer"]
