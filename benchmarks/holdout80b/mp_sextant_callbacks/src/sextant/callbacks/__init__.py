from .logging import CSVLogger
from .saliency import SaliencyLogger

__all__ = ["CSVLogger", "SaliencyLogger"]
