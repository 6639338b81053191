from .trainer import MillTrainer

__all__ = ["MillTrainer"]
