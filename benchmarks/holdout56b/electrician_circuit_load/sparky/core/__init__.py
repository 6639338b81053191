from .module import CircuitModule
from .trainer import Trainer
from .modes import EvalMode

__all__ = ["CircuitModule", "Trainer", "EvalMode"]
