from .trainer import MiniTrainer
from .hooks import Callback, LangevinProbe

__all__ = ["MiniTrainer", "Callback", "LangevinProbe"]
