from .trainer import Trainer
from .sensitivity import SensitivityTrainer

__all__ = ["Trainer", "SensitivityTrainer"]
