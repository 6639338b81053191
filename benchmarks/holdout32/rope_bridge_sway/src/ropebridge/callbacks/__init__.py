from .saliency import SaliencyReport
from .printing import EpochPrinter

__all__ = ["SaliencyReport", "EpochPrinter"]
