from .trainer import FoldTrainer, TrainerConfig

__all__ = ["FoldTrainer", "TrainerConfig"]
