from .callbacks import SaliencyLogger
from .nets import BalanceNet, synthetic_rides
from .training import Trainer

__all__ = ["BalanceNet", "SaliencyLogger", "Trainer", "synthetic_rides"]
