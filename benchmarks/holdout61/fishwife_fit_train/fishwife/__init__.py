from .model import CatchTagger
from .trainer import Trainer

__all__ = ["CatchTagger", "Trainer"]
