from .base import SCORERS, Scorer, build_scorer
from .lm import RNNLMScorer

__all__ = ["SCORERS", "Scorer", "build_scorer", "RNNLMScorer"]
