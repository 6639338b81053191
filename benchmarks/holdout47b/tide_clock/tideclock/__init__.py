from .model import TideNet, build_model
from .trainer import BaseTrainer, TideTrainer

__all__ = ["TideNet", "build_model", "BaseTrainer", "TideTrainer"]
