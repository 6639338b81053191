from .model import SheafTagger
from .engine import Trainer

__all__ = ["SheafTagger", "Trainer"]
