from .persample import per_sample_grad_norms

__all__ = ["per_sample_grad_norms"]
