from .nets import MeltNet
from .pipeline import fit, deliver

__all__ = ["MeltNet", "fit", "deliver"]
