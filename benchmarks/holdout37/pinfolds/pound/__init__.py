from .engine import Runner, State
from .nets import StrayNet

__all__ = ["Runner", "State", "StrayNet"]
