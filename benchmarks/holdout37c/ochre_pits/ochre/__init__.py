from .engine import Engine, Events
from .nets import PigmentLSTM
from . import handlers

__all__ = ["Engine", "Events", "PigmentLSTM", "handlers"]
