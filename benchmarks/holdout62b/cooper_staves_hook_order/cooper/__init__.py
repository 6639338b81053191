from .nets import StaveModule
from .training import MiniTrainer, LangevinProbe

__all__ = ["StaveModule", "MiniTrainer", "LangevinProbe"]
