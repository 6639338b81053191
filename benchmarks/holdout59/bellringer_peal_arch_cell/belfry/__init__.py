from .nets import build_striker
from .adapt import adapt, baseline_score
from .rounds import tower_rounds

__all__ = ["adapt", "baseline_score", "build_striker", "tower_rounds"]
