from .stages import fit, deliver
from .modes import Evaluating

__all__ = ["fit", "deliver", "Evaluating"]
