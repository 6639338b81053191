from .loop import Trainer
from .pruning import PruningTrainer

__all__ = ["Trainer", "PruningTrainer"]
