from reedlite.core import LiteModule, LiteTrainer
from reedlite.tasks import ReedBedModule

__all__ = ["LiteModule", "LiteTrainer", "ReedBedModule"]
