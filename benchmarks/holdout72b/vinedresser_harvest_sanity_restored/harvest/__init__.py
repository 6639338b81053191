from .core import MiniTrainer
from .nn import YieldModule

__all__ = ["MiniTrainer", "YieldModule"]
