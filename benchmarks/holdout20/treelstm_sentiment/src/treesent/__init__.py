from .models import HybridSentiment
from .engine import Trainer
from .data import random_treebank

__all__ = ["HybridSentiment", "Trainer", "random_treebank"]
