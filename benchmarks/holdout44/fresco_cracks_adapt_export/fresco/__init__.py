from .model import CrackNet
from .adapt.ttt import adapt_on_wall
from .util.modes import ready_for_adaptation as prepare

__all__ = ["CrackNet", "adapt_on_wall", "prepare"]
