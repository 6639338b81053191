from .trainer import SnorkelTrainer

__all__ = ["SnorkelTrainer"]
