from .saliency import SaliencyLogger
from .history import HistoryLogger
