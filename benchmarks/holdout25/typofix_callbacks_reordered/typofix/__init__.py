from .model import CorrectionTagger
from .training import Trainer

__all__ = ["CorrectionTagger", "Trainer"]
