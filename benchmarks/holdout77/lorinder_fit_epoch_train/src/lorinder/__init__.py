from .model import SeqTagger
from .engine import Trainer

__all__ = ["SeqTagger", "Trainer"]
