from .alignment import alignment_penalty
from .net import GlazeNet

__all__ = ["GlazeNet", "alignment_penalty"]
