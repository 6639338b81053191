from .scores import grad_norm_scores, keep_hardest

__all__ = ["grad_norm_scores", "keep_hardest"]
