from .nets import WattleNet
from .ewc import EWC

__all__ = ["WattleNet", "EWC"]
