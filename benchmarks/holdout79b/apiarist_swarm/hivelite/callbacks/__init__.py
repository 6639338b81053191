from .base import Callback
from .saliency import SaliencyLogger

__all__ = ["Callback", "SaliencyLogger"]
