from .modes import EvalMode
from .steps import ConsistencyStep

__all__ = ["EvalMode", "ConsistencyStep"]
