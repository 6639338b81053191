from .module import LitModule
from .nets import WheelModel

__all__ = ["LitModule", "WheelModel"]
