from .trainer import Trainer, TrainerConfig
from .hooks import HookMixin

__all__ = ["Trainer", "TrainerConfig", "HookMixin"]
