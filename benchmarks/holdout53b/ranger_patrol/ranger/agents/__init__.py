from .policy import GRUPolicy
from .baseline import GRUBaseline

__all__ = ["GRUPolicy", "GRUBaseline"]
