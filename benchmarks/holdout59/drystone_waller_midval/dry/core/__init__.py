from .module import TaskModule
from .trainer import Trainer

__all__ = ["TaskModule", "Trainer"]
