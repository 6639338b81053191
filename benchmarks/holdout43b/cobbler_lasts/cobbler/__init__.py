from .nets import LastNet
from .analysis import frame_sensitivity
from .training import fit, walks

__all__ = ["LastNet", "frame_sensitivity", "fit", "walks"]
