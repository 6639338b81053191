from .factory import build_trainer
from .trainer import Trainer

__all__ = ["Trainer", "build_trainer"]
