from .printing import LossPrinter
from .saliency import SensitivityLogger

__all__ = ["LossPrinter", "SensitivityLogger"]
