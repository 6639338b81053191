from .net import StrokeNet
from .pruning import saliency_scores, apply_masks

__all__ = ["StrokeNet", "saliency_scores", "apply_masks"]
