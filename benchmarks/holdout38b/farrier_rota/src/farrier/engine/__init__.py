from .loop import Trainer
from .rota import RotaTrainer

__all__ = ["Trainer", "RotaTrainer"]
