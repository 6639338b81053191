from .module import LitModule
from .trainer import Trainer

__all__ = ["LitModule", "Trainer"]
