from .engine import Engine
from .callbacks import SaliencyLogger, LossPrinter
from .nets import BellResonanceNet

__all__ = ["Engine", "SaliencyLogger", "LossPrinter", "BellResonanceNet"]
