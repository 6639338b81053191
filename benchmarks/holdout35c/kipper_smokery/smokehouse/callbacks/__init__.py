from .progress import ProgressPrinter
from .holdout import score_holdout

__all__ = ["ProgressPrinter", "score_holdout"]
