from .nets import SalesModel
from .audit import per_sample_grad_norms
from .fitting import fit

__all__ = ["SalesModel", "per_sample_grad_norms", "fit"]
