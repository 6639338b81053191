from .switch import EvalMode

__all__ = ["EvalMode"]
