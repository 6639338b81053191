from .models import ShuttleNet
from .data import make_loaders
from .engine import Trainer
from .recal import RecalibratingTrainer

__all__ = ["ShuttleNet", "make_loaders", "Trainer", "RecalibratingTrainer"]
