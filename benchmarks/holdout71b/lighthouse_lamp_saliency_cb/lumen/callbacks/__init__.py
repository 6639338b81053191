from .logging import LossLogger
from .saliency import SaliencyLogger

__all__ = ["LossLogger", "SaliencyLogger"]
