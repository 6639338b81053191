from .persample import per_sample_grads
from .step import clipped_step

__all__ = ["per_sample_grads", "clipped_step"]
