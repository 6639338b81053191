from .engine import Engine, Events, State
from .nets import RelayNet

__all__ = ["Engine", "Events", "State", "RelayNet"]
