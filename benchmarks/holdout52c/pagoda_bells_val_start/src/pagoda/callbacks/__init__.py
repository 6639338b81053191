from .saliency import SaliencyLogger
from .printing import LossPrinter

__all__ = ["SaliencyLogger", "LossPrinter"]
