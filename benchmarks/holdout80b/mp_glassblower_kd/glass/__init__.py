from .nets import build_pair
from .lit import DistillModule, MiniTrainer

__all__ = ["build_pair", "DistillModule", "MiniTrainer"]
