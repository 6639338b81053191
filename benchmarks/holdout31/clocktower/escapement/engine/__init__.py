from .stepper import Stepper
from .evaluator import ShadowEvaluator

__all__ = ["Stepper", "ShadowEvaluator"]
