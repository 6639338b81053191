from .model import PatternGRU
from .learner import ConsistencyLearner

__all__ = ["PatternGRU", "ConsistencyLearner"]
