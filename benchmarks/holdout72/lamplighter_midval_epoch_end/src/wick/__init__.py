from .core import Loop, LitModule
from .utils.meters import Averager

__all__ = ["Loop", "LitModule", "Averager"]
