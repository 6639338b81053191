from .model import Text2SQL
from .batches import Batch, to_tensors

__all__ = ["Text2SQL", "Batch", "to_tensors"]
