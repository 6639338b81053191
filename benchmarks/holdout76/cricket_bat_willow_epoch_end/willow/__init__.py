from .core import Trainer
from .tasks import CleftGrader, GradingTrainer

__all__ = ["Trainer", "CleftGrader", "GradingTrainer"]
