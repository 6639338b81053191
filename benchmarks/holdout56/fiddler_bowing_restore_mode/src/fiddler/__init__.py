from .engine import Engine
from .callbacks import BowSaliencyLogger, LossPrinter
from .model import BowStrokeTagger

__all__ = ["Engine", "BowSaliencyLogger", "LossPrinter", "BowStrokeTagger"]
