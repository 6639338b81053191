from .module import LiteModule
from .trainer import LiteTrainer

__all__ = ["LiteModule", "LiteTrainer"]
