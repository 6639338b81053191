from .engine import Engine
from .callbacks import SaliencyLogger, LossPrinter
from .models import KilnCurveGRU

__all__ = ["Engine", "SaliencyLogger", "LossPrinter", "KilnCurveGRU"]
