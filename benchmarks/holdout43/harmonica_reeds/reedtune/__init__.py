from .engine import Engine
from .callbacks import Callback, LossLogger, ReedProbe
from .model import ReedPitchNet

__all__ = ["Engine", "Callback", "LossLogger", "ReedProbe", "ReedPitchNet"]
