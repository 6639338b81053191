from .logging import LossPrinter
from .saliency import SaliencyLogger

__all__ = ["LossPrinter", "SaliencyLogger"]
