from .lit import MiniModule, MiniTrainer
from .tasks import ThawModule, thaw_loaders

__all__ = ["MiniModule", "MiniTrainer", "ThawModule", "thaw_loaders"]
