from .net import FurrowNet
from .trainer import HookedTrainer
from .callbacks import LossPrinter, SaliencyLogger

__all__ = ["FurrowNet", "HookedTrainer", "LossPrinter", "SaliencyLogger"]
