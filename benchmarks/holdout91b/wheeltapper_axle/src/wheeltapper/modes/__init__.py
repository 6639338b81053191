from .ctx import EvalMode

__all__ = ["EvalMode"]
