from .trainer import Trainer
from .hooks import EvalHook, PeriodicLogger
