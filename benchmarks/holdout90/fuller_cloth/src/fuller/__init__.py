from .nn import ShrinkageModel, freeze_stochastic
from .engine import run_epochs

__all__ = ["ShrinkageModel", "freeze_stochastic", "run_epochs"]
