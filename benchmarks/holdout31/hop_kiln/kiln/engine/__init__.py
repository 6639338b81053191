from .trainer import KilnTrainer

__all__ = ["KilnTrainer"]
