from .module import LiteModule
from .modes import ModeSwitch
from .trainer import LiteTrainer

__all__ = ["LiteModule", "LiteTrainer", "ModeSwitch"]
