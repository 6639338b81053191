from .lite import LiteModule, LiteTrainer
from .task import SpineTask
__all__ = ["LiteModule", "LiteTrainer", "SpineTask"]
