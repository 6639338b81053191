from .base import BaseTrainer
from .mixins import EarlyStoppingMixin, EvaluateMixin
from .net import LegTimeLSTM

__all__ = ["BaseTrainer", "EarlyStoppingMixin", "EvaluateMixin", "LegTimeLSTM"]
