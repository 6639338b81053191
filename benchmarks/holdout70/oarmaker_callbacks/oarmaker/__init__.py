from .task import Task, StrokeModel
from .callbacks import Callback, PeriodicValidation
from .trainer import Trainer

__all__ = ["Task", "StrokeModel", "Callback", "PeriodicValidation", "Trainer"]
