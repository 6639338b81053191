from .nets import make_net
from .distill import Distiller

__all__ = ["make_net", "Distiller"]
