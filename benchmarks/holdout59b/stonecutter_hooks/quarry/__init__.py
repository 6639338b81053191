from .nets import FractureNet
from .training import BaseTrainer, HardMiningTrainer

__all__ = ["FractureNet", "BaseTrainer", "HardMiningTrainer"]
