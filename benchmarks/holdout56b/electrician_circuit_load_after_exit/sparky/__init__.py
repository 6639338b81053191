from .core import CircuitModule, Trainer, EvalMode

__all__ = ["CircuitModule", "Trainer", "EvalMode"]
