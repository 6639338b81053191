from .module import RotaModule
from .trainer import MiniTrainer

__all__ = ["MiniTrainer", "RotaModule"]
