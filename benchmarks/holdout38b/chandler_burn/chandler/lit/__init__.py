from .module import BurnTimeModule
from .trainer import MiniTrainer

__all__ = ["BurnTimeModule", "MiniTrainer"]
