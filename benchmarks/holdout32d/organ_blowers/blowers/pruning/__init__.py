from .scores import per_sample_grad_norms, prune_by_grad_norm

__all__ = ["per_sample_grad_norms", "prune_by_grad_norm"]
