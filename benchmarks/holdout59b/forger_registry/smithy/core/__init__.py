from .registry import build, register
from .trainer import EvaluateMixin, StreamTrainer

__all__ = ["build", "register", "EvaluateMixin", "StreamTrainer"]
