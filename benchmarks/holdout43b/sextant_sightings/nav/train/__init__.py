from .loop import Loop
from .callbacks import LossPrinter, SaliencyLogger

__all__ = ["Loop", "LossPrinter", "SaliencyLogger"]
