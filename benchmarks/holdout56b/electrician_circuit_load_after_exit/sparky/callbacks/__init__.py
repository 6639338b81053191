from .printing import LossPrinter
from .relevance import RelevanceLogger

__all__ = ["LossPrinter", "RelevanceLogger"]
