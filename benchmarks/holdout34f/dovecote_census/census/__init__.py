from .model import NestingModel
from .fit import retrain

__all__ = ["NestingModel", "retrain"]
