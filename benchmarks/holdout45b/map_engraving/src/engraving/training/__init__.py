from .mixins import EvaluateMixin
from .trainer import EngraverTrainer

__all__ = ["EvaluateMixin", "EngraverTrainer"]
