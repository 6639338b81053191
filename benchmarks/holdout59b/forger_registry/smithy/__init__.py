from .core import build, register, StreamTrainer, EvaluateMixin
from .data import mode_stream

__all__ = ["build", "register", "StreamTrainer", "EvaluateMixin", "mode_stream"]
