from .ctx import EvalMode
from .consistency import ConsistencyTrainer

__all__ = ["EvalMode", "ConsistencyTrainer"]
