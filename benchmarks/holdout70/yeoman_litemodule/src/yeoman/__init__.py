from .core import LiteModule, LiteTrainer
from .tasks import FurrowTagger

__all__ = ["LiteModule", "LiteTrainer", "FurrowTagger"]
