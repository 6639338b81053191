from .model import CrackNet
from .adapt.ttt import adapt_on_wall
from .util.modes import freeze_for_scoring as prepare

__all__ = ["CrackNet", "adapt_on_wall", "prepare"]
