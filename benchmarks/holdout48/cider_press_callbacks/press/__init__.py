from .model import YieldNet
from .trainer import PressTrainer
from .callbacks import LossPrinter, SaliencyLogger

__all__ = ["YieldNet", "PressTrainer", "LossPrinter", "SaliencyLogger"]
