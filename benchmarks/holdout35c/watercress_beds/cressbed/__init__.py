from .phases import PHASES
from .nets import OutflowGRU
from .data import spring_batches

__all__ = ["PHASES", "OutflowGRU", "spring_batches"]
