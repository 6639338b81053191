from .model import build_model
from .engine import Engine
from .callbacks import SaliencyLogger, HistoryLogger
