from .engine import Runner, State
from .nets import TimberNet

__all__ = ["Runner", "State", "TimberNet"]
