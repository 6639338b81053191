from .module import LitModule, MilkYieldModule
from .trainer import Trainer
from .callbacks import Callback, BaselineScore

__all__ = ["LitModule", "MilkYieldModule", "Trainer", "Callback", "BaselineScore"]
