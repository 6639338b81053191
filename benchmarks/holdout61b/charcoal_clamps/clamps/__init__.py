from .lightish import MiniTrainer
from .burn import BurnModule

__all__ = ["BurnModule", "MiniTrainer"]
