from .callbacks import Callback, EpochPrinter, SaliencyLogger
from .runner import Runner

__all__ = ["Callback", "EpochPrinter", "SaliencyLogger", "Runner"]
