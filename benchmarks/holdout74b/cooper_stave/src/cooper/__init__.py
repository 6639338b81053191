from .models import MODELS, register
from .training import EarlyStopper, fit_epoch, evaluate, polish

__all__ = ["MODELS", "register", "EarlyStopper", "fit_epoch", "evaluate", "polish"]
