from .model import WeighNet
from .trainer import AdvTrainer

__all__ = ["WeighNet", "AdvTrainer"]
