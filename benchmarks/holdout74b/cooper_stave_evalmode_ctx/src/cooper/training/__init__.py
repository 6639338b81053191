from .early_stop import EarlyStopper
from .steps import fit_epoch, evaluate, polish

__all__ = ["EarlyStopper", "fit_epoch", "evaluate", "polish"]
