from .loop import Trainer
from .saliency import SaliencyTrainer

__all__ = ["Trainer", "SaliencyTrainer"]
