from .train import Pretrain, Finetune
from .calibrate import Calibrate

__all__ = ["Pretrain", "Finetune", "Calibrate"]
