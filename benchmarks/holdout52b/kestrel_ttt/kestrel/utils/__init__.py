from .modes import EvalMode

__all__ = ["EvalMode"]
