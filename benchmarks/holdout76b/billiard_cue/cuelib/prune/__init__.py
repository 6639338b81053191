from .scores import saliency_scores
from .masks import apply_masks
