from .core import LitModule, OnsetModule
from .engine import Trainer

__all__ = ["LitModule", "OnsetModule", "Trainer"]
