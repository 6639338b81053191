from .core import MiniModule, MiniTrainer
from .tasks import CrackTask

__all__ = ["MiniModule", "MiniTrainer", "CrackTask"]
