from .core.fit import Trainer
from .nets.yieldnet import YieldNet
from . import hooks  # noqa: F401  (fills the registry)

__all__ = ["Trainer", "YieldNet"]
