from .nets import SoleWearNet
from .helpers import warm_up, batches

__all__ = ["SoleWearNet", "warm_up", "batches"]
