from .module import RoastModule
from .trainer import RoastTrainer

__all__ = ["RoastModule", "RoastTrainer"]
