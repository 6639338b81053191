from .trainer import Trainer
from .loops import evaluation_loop, fit_loop

__all__ = ["Trainer", "evaluation_loop", "fit_loop"]
