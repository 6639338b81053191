from .nets.glaze import GlazeNet
from .objectives import GradMatchObjective

__all__ = ["GlazeNet", "GradMatchObjective"]
