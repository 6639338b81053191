from .base import Callback, HistoryCallback
from .saliency import SaliencyLogger

__all__ = ["Callback", "HistoryCallback", "SaliencyLogger"]
