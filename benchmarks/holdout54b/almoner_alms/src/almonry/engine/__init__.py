from .loop import BaseTrainer
from .steps import reweight_step, train_step

__all__ = ["BaseTrainer", "reweight_step", "train_step"]
