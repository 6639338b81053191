from .loop import fit
from .modes import EvalMode
from .pruning import saliency_scores, apply_mask

__all__ = ["fit", "EvalMode", "saliency_scores", "apply_mask"]
