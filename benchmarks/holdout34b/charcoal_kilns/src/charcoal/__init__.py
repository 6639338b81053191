from .model import BurnNet
from .engine import fit
from .al import most_uncertain

__all__ = ["BurnNet", "fit", "most_uncertain"]
