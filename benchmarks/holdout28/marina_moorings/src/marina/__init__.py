from .models import MooringLoad
from .training import per_sample_grad_norms

__all__ = ["MooringLoad", "per_sample_grad_norms"]
