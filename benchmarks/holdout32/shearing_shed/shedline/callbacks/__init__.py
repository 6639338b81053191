from .evaluation import ShadowEvaluator
from .progress import ProgressLine

__all__ = ["ShadowEvaluator", "ProgressLine"]
