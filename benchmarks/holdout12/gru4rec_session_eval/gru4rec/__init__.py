from .model import GRU4Rec
from .evaluation import SessionEvaluator

__all__ = ["GRU4Rec", "SessionEvaluator"]
