from .modes import EvalMode
from .runner import Runner

__all__ = ["EvalMode", "Runner"]
