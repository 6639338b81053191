from .model import HideGrader
from .trainer import Trainer

__all__ = ["HideGrader", "Trainer"]
