from .modes import EvalMode
from .scoring import entropy_scores

__all__ = ["EvalMode", "entropy_scores"]
