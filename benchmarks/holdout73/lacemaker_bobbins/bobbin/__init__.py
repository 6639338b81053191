from .model import PatternTagger
from .finetune import FineTuner

__all__ = ["PatternTagger", "FineTuner"]
