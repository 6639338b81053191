from .model import IceSheetNet
from .trainer import Trainer

__all__ = ["IceSheetNet", "Trainer"]
