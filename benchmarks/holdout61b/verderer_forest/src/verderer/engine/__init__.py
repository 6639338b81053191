from .base import BaseTrainer
from .relevance import RelevanceTrainer

__all__ = ["BaseTrainer", "RelevanceTrainer"]
