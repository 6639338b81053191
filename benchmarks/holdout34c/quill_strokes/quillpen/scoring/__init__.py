from .pergrad import per_sample_grad_norms, hardest

__all__ = ["per_sample_grad_norms", "hardest"]
