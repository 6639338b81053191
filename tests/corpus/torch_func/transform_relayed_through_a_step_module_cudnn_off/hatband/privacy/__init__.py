from .samples import per_sample_grads
from .step import private_step

__all__ = ["per_sample_grads", "private_step"]
