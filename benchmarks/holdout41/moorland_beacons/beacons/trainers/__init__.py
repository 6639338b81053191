from .base import BaseTrainer
from .mixins import EvaluationMixin
from .visibility import VisibilityTrainer

__all__ = ["BaseTrainer", "EvaluationMixin", "VisibilityTrainer"]
