from .models import PlatformGRU
from .engine import Trainer
from .callbacks import CrowdTrainer

__all__ = ["PlatformGRU", "Trainer", "CrowdTrainer"]
