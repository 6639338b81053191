from .trainer import CureTrainer

__all__ = ["CureTrainer"]
