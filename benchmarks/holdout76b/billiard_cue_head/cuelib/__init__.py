from .model import ShotGRU, shot_batches
from .prune import saliency_scores, apply_masks

__all__ = ["ShotGRU", "shot_batches", "saliency_scores", "apply_masks"]
