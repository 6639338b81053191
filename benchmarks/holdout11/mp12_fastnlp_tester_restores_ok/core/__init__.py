from .metrics import AccuracyMetric
from .tester import Tester
from .trainer import Trainer

__all__ = ["AccuracyMetric", "Tester", "Trainer"]
