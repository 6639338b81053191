from .callbacks import Callback, Evaluator, GradNormProbe
from .trainer import Trainer

__all__ = ["Callback", "Evaluator", "GradNormProbe", "Trainer"]
