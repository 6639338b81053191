from .data import Batch, make_batches
from .nn import InterestNet
from .training import fit, evaluate

__all__ = ["Batch", "make_batches", "InterestNet", "fit", "evaluate"]
