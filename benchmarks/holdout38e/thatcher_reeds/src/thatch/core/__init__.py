from .module import BaseModule
from .trainer import Trainer

__all__ = ["BaseModule", "Trainer"]
