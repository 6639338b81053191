from .trainer import RingingTrainer
from .rollback import Rollback

__all__ = ["RingingTrainer", "Rollback"]
