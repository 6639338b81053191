from .nets import TapLineNet
from .training import SapTrainer

__all__ = ["SapTrainer", "TapLineNet"]
