from .task import CounterweightTask
from .core import Trainer
from .data import random_loader

__all__ = ["CounterweightTask", "Trainer", "random_loader"]
