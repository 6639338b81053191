from .engine import GlazeStep
from .objectives import GlazeNet

__all__ = ["GlazeNet", "GlazeStep"]
