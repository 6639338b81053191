from .loop import Engine
from .callbacks import Callback, SaliencyLogger

__all__ = ["Engine", "Callback", "SaliencyLogger"]
