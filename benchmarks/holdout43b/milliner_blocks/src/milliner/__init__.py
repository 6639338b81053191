from .models import HoodClassifier
from .training import BlockTrainer

__all__ = ["HoodClassifier", "BlockTrainer"]
