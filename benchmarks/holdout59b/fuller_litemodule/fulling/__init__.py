from .module import FeltModule, LiteModule
from .trainer import MiniTrainer
from .callbacks import Callback, PrintCallback, SaliencyCallback

__all__ = ["FeltModule", "LiteModule", "MiniTrainer", "Callback", "PrintCallback", "SaliencyCallback"]
